namespace FacePay.MerchantApi.Models;

/// <summary>The answer of <c>POST /v1/orders/{outTradeNo}/face-pay</c> when the face matched and the payment was accepted.</summary>
/// <param name="Capture">The capture's result.</param>
/// <param name="Order">The order after the payment call (<c>Paid</c>, or <c>Paying</c> while the channel confirms).</param>
public sealed record FacePayResponse(CaptureResponse Capture, OrderResponse Order);
