using FacePay.Cli.Commands.Orders;
using FacePay.Client;

namespace FacePay.Cli.Commands.Load;

/// <summary>The two kinds of load: create an order; or create, verify a capture and pay it through the channel.</summary>
internal static class LoadOperations
{
    /// <summary>Creates order i; a replay (the number existed with these fields) is a failure, since nothing was created.</summary>
    public static LoadOperation CreateOrder(IFacePayClient client, LoadScenario scenario) => async (index, cancellationToken) =>
    {
        var created = await client.CreateOrderAsync(scenario.OrderOf(index), cancellationToken);
        return created.Succeeded ? (created.Replayed ? "create:Replayed" : null) : $"create:{created.Error}";
    };

    /// <summary>Creates order i and face-pays it with <paramref name="capture"/>; succeeds only when the order ends Paid.</summary>
    public static LoadOperation FacePay(IFacePayClient client, LoadScenario scenario, byte[] capture, string payerCode) => async (index, cancellationToken) =>
    {
        if (await CreateOrder(client, scenario)(index, cancellationToken) is { } failure)
        {
            return failure;
        }

        var paid = await client.VerifyAndPayAsync(scenario.KeyOf(index), new VerifyAndPayRequest(scenario.MemberId, capture, payerCode, "facepay-load"), cancellationToken);
        return FacePayReport.From(paid).Failure;
    };
}
