using System.Text;
using System.Text.Json;
using FacePay.Channels.Crypto;

namespace FacePay.Channels.Alipay;

/// <summary>
/// Verifies a synchronous gateway response: finds the exact raw text of <c>&lt;method_with_underscores&gt;_response</c>
/// (or <c>error_response</c>) in the body and checks <c>sign</c> over those bytes with the Alipay public key.
/// Nothing is re-serialized, so the check holds for any whitespace or escaping Alipay used.
/// </summary>
public sealed class AlipayResponseVerifier
{
    private readonly AlipaySignatureVerifier _verifier;
    private readonly string? _alipayCertSn;

    /// <summary>Creates the verifier.</summary>
    /// <param name="alipayPublicKeyVerifier">A verifier holding the Alipay public key (not the app key).</param>
    /// <param name="alipayCertSn">
    /// Certificate mode: the serial of the trusted Alipay certificate. A response announcing another
    /// <c>alipay_cert_sn</c> is rejected as <see cref="VerificationFailure.UnknownSerial"/> (the new certificate must be
    /// fetched and its chain checked before it is trusted).
    /// </param>
    public AlipayResponseVerifier(AlipaySignatureVerifier alipayPublicKeyVerifier, string? alipayCertSn = null)
    {
        ArgumentNullException.ThrowIfNull(alipayPublicKeyVerifier);
        _verifier = alipayPublicKeyVerifier;
        _alipayCertSn = alipayCertSn;
    }

    /// <summary>Verifies a response body to a call of <paramref name="method"/>.</summary>
    /// <param name="method">The method called, e.g. <c>alipay.trade.pay</c>.</param>
    /// <param name="body">The raw UTF-8 body bytes.</param>
    /// <returns>The verified node, or a precise failure (never an exception for malformed bodies).</returns>
    public VerificationResult<AlipayResponse> Verify(string method, ReadOnlySpan<byte> body)
    {
        var nodeName = AlipayResponseNode.For(method);
        if (!JsonPropertySpans.TryFind(body, out var spans, out var error))
        {
            return VerificationResult<AlipayResponse>.Fail(VerificationFailure.MalformedBody, error);
        }

        if (!spans.TryGetValue(nodeName, out var nodeRange))
        {
            if (!spans.TryGetValue(AlipayResponseNode.Error, out nodeRange))
            {
                return VerificationResult<AlipayResponse>.Fail(VerificationFailure.ResponseNodeMissing, $"Neither '{nodeName}' nor 'error_response' is present.");
            }

            nodeName = AlipayResponseNode.Error;
        }

        var node = body[nodeRange];
        if (!TryReadFields(node, out var response, nodeName))
        {
            return VerificationResult<AlipayResponse>.Fail(VerificationFailure.MalformedBody, $"'{nodeName}' is not an object with a string 'code'.");
        }

        if (!spans.TryGetValue(AlipayResponseNode.Sign, out var signRange))
        {
            return nodeName == AlipayResponseNode.Error
                ? VerificationResult<AlipayResponse>.Fail(VerificationFailure.UnsignedErrorResponse, $"Unsigned error_response code={response.Code} sub_code={response.SubCode}.")
                : VerificationResult<AlipayResponse>.Fail(VerificationFailure.MissingSignature, "The response has no 'sign'.");
        }

        if (!TryReadString(body[signRange], out var sign))
        {
            return VerificationResult<AlipayResponse>.Fail(VerificationFailure.MalformedSignature, "'sign' is not a JSON string.");
        }

        if (_alipayCertSn is not null && spans.TryGetValue("alipay_cert_sn", out var snRange)
            && (!TryReadString(body[snRange], out var certSn) || !string.Equals(certSn, _alipayCertSn, StringComparison.OrdinalIgnoreCase)))
        {
            return VerificationResult<AlipayResponse>.Fail(VerificationFailure.UnknownSerial, "The response was signed under another alipay_cert_sn.");
        }

        var failure = _verifier.Verify(node, sign);
        return failure == VerificationFailure.None
            ? VerificationResult<AlipayResponse>.Success(response)
            : VerificationResult<AlipayResponse>.Fail(failure, $"Signature over '{nodeName}' did not verify.");
    }

    private static bool TryReadString(ReadOnlySpan<byte> json, out string? value)
    {
        var reader = new Utf8JsonReader(json);
        value = null;
        try
        {
            if (reader.Read() && reader.TokenType == JsonTokenType.String)
            {
                value = reader.GetString();
                return true;
            }
        }
        catch (JsonException)
        {
        }
        catch (InvalidOperationException)
        {
        }

        return false;
    }

    private static bool TryReadFields(ReadOnlySpan<byte> node, out AlipayResponse response, string nodeName)
    {
        response = null!;
        try
        {
            var reader = new Utf8JsonReader(node);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            string? code = null, msg = null, subCode = null, subMsg = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                string? text = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                    _ => null,
                };
                reader.Skip();
                switch (name)
                {
                    case "code": code = text; break;
                    case "msg": msg = text; break;
                    case "sub_code": subCode = text; break;
                    case "sub_msg": subMsg = text; break;
                }
            }

            if (code is null)
            {
                return false;
            }

            response = new AlipayResponse(nodeName, Encoding.UTF8.GetString(node), code, msg, subCode, subMsg);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
