using System.CommandLine;
using FacePay.Channels.Abstractions;

namespace FacePay.Cli.Commands.Channel;

/// <summary>Commands that take the same options on both channels: a call by trade number, and the bill.</summary>
internal static class ChannelOperationCommands
{
    /// <summary>A command that makes one trade call by <c>--out-trade-no</c> (query, cancel, close).</summary>
    public static Command Trade<TClient>(
        ChannelCaller<TClient> caller, string name, string operation, string description, Func<IPaymentChannel, string, CancellationToken, Task<ChannelTradeResult>> call)
        where TClient : IPaymentChannel
    {
        ArgumentNullException.ThrowIfNull(caller);
        var outTradeNo = TradeOptions.OutTradeNo();
        var command = new Command(name, $"{description} ({operation})") { outTradeNo };
        caller.Set(command, operation, (parse, client, ct) => call(client, parse.GetRequiredValue(outTradeNo), ct));
        return command;
    }

    /// <summary>A command that asks for a day's bill by <c>--date</c> and, with <c>--output</c>, downloads it.</summary>
    public static Command Bill<TClient>(ChannelCaller<TClient> caller, string name, string operation, string description, string outputDescription)
        where TClient : IPaymentChannel
    {
        ArgumentNullException.ThrowIfNull(caller);
        var date = TradeOptions.BillDate();
        var output = TradeOptions.Output(outputDescription);
        var command = new Command(name, $"{description} ({operation})") { date, output };
        caller.Set(
            command,
            operation,
            (parse, client, ct) => client.GetBillAsync(new ChannelBillRequest(parse.GetValue(date)), ct),
            (parse, client, result, ct) => BillDownload.SaveAsync(client, result, parse.GetValue(output), ct));
        return command;
    }
}
