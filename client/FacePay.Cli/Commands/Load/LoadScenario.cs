using FacePay.Domain;

namespace FacePay.Cli.Commands.Load;

/// <summary>What each operation of a run does it to: the merchant, the orders' numbers and fields.</summary>
/// <param name="Name"><c>orders</c> or <c>face-pay</c>.</param>
/// <param name="MerchantId">The merchant.</param>
/// <param name="OutTradeNoPrefix">Order i (0-based) is <c>{prefix}_{i+1:D5}</c>.</param>
/// <param name="Channel">The channel the orders charge.</param>
/// <param name="Amount">Each order's amount.</param>
/// <param name="MemberId">The orders' member.</param>
/// <param name="Charges">Whether the operations pay (face-pay) or only create.</param>
public sealed record LoadScenario(string Name, string MerchantId, string OutTradeNoPrefix, PaymentChannel Channel, Money Amount, string MemberId, bool Charges)
{
    /// <summary>The longest prefix: with <c>_</c> and five digits it stays within an order number's 28 characters.</summary>
    public const int MaxPrefixLength = OrderKey.MaxOutTradeNoLength - 6;

    /// <summary>How long each order stays payable.</summary>
    public static readonly TimeSpan OrderLifetime = TimeSpan.FromMinutes(15);

    /// <summary>The order of operation <paramref name="index"/>.</summary>
    public OrderKey KeyOf(int index) => new(MerchantId, $"{OutTradeNoPrefix}_{index + 1:D5}");

    /// <summary>The creation request of operation <paramref name="index"/>.</summary>
    public OrderCreationRequest OrderOf(int index) => new(KeyOf(index), Amount, $"facepay load {Name}", Channel, MemberId, OrderLifetime);
}
