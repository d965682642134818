using FacePay.Contracts.Orders;
using FacePay.Domain;

namespace FacePay.Cli.Commands.Orders;

/// <summary>Turns the cluster's answers about orders into the CLI's one-line failures.</summary>
internal static class OrderOutcomes
{
    /// <summary>The failure for an order that does not exist.</summary>
    public static CliException NotFound(OrderKey key) =>
        new($"No order {key.OutTradeNo} for merchant {key.MerchantId} (nothing changed).");

    /// <summary>Returns the order after an accepted command; a refusal becomes a <see cref="CliException"/> naming its code.</summary>
    /// <param name="result">The cluster's answer.</param>
    /// <param name="key">The order.</param>
    /// <param name="what">The command, e.g. <c>close</c>.</param>
    public static OrderView Require(OrderResult result, OrderKey key, string what)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            return result.Order;
        }

        if (result.Error == OrderError.NotFound)
        {
            throw NotFound(key);
        }

        var state = result.Order is { } order ? $" (order is {order.State})" : string.Empty;
        throw new CliException($"{what} {key} refused: {result.Error}: {result.Message}{state}");
    }
}
