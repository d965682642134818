using System.Text;

namespace FacePay.Sandbox;

/// <summary>An answer computed but not yet written, so a fault can still replace it.</summary>
internal sealed record PreparedResponse(int StatusCode, string? ContentType, byte[] Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static PreparedResponse Json(int status, string json, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(json), headers);

    public async Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCode;
        if (Headers is not null)
        {
            foreach (var (name, value) in Headers)
            {
                context.Response.Headers[name] = value;
            }
        }

        if (ContentType is not null)
        {
            context.Response.ContentType = ContentType;
        }

        if (Body.Length > 0)
        {
            context.Response.ContentLength = Body.Length;
            await context.Response.Body.WriteAsync(Body, context.RequestAborted);
        }
    }
}
