using System.Diagnostics.CodeAnalysis;
using FacePay.Contracts.Members;
using FacePay.Domain;

namespace FacePay.MerchantApi.Models;

/// <summary>Turns a <see cref="CreateOrderRequest"/> into a cluster command, or into field errors a developer can act on.</summary>
public static class CreateOrderRequestValidator
{
    /// <summary>How long an order may stay unpaid when the request does not say.</summary>
    public static readonly TimeSpan DefaultTimeToExpire = TimeSpan.FromMinutes(15);

    /// <summary>Validates every field at once so one response lists every problem.</summary>
    /// <param name="request">The body.</param>
    /// <param name="merchantId">The authenticated merchant, who owns the order.</param>
    /// <param name="order">The command, when valid.</param>
    /// <param name="errors">Field errors by JSON name, when invalid.</param>
    public static bool TryValidate(
        CreateOrderRequest request,
        string merchantId,
        [NotNullWhen(true)] out OrderCreationRequest? order,
        out Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        errors = [];
        order = null;

        if (request.MerchantId is not null && !string.Equals(request.MerchantId, merchantId, StringComparison.Ordinal))
        {
            errors["merchantId"] = [$"merchantId must be the merchant of the API key ('{merchantId}'), or be left out."];
        }

        if (!OrderKey.IsValidOutTradeNo(request.OutTradeNo))
        {
            errors["outTradeNo"] = [$"outTradeNo is required: {OrderKey.MinOutTradeNoLength}-{OrderKey.MaxOutTradeNoLength} characters of letters, digits or '_'."];
        }

        if (request.Amount is not > 0)
        {
            errors["amount"] = ["amount must be a positive whole number of minor units (fen for CNY)."];
        }

        if (!Currency.TryFromCode(request.Currency, out var currency))
        {
            errors["currency"] = [$"currency must be a supported ISO 4217 code ({string.Join(", ", Currency.KnownCodes.Order(StringComparer.Ordinal))})."];
        }

        if (string.IsNullOrWhiteSpace(request.Description) || request.Description.Length > OrderCreation.MaxDescriptionLength)
        {
            errors["description"] = [$"description is required and at most {OrderCreation.MaxDescriptionLength} characters."];
        }

        if (!ChannelNames.TryParse(request.Channel, out var channel))
        {
            errors["channel"] = [$"channel must be '{ChannelNames.Alipay}' or '{ChannelNames.WechatPay}'."];
        }

        if (!MemberKey.IsValidMemberId(request.MemberId))
        {
            errors["memberId"] = [FieldRules.MemberId];
        }

        var timeToExpire = request.ExpiresInSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : DefaultTimeToExpire;
        if (timeToExpire < OrderCreation.MinTimeToExpire || timeToExpire > OrderCreation.MaxTimeToExpire)
        {
            errors["expiresInSeconds"] =
                [$"expiresInSeconds must be between {OrderCreation.MinTimeToExpire.TotalSeconds} and {OrderCreation.MaxTimeToExpire.TotalSeconds}."];
        }

        if (errors.Count > 0)
        {
            return false;
        }

        order = new OrderCreationRequest(
            new OrderKey(merchantId, request.OutTradeNo!),
            new Money(request.Amount!.Value, currency),
            request.Description!,
            channel,
            request.MemberId!,
            timeToExpire);
        return true;
    }
}
