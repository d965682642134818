using System.Text.Json.Nodes;
using FacePay.Channels.Abstractions;

namespace FacePay.Cli.Commands.Channel;

/// <summary>What one channel command did: the classified result and, when its signature verified, the channel's answer.</summary>
/// <param name="Channel">The channel's command name (<c>alipay</c>, <c>wechatpay</c>).</param>
/// <param name="Operation">The channel operation: Alipay method or WeChat Pay path.</param>
/// <param name="Result">The client's classified result.</param>
/// <param name="Response">The answer as the channel signed it (Alipay <c>*_response</c> node, WeChat body); null when none verified.</param>
/// <param name="HttpStatus">The HTTP status of the answer, when one arrived.</param>
internal sealed record ChannelCall(string Channel, string Operation, IChannelResult Result, JsonNode? Response, int? HttpStatus)
{
    /// <summary>Fields the command adds to the report (e.g. where a bill was saved).</summary>
    public JsonObject Extra { get; init; } = [];
}
