using System.Globalization;
using FacePay.Channels.Abstractions;

namespace FacePay.Channels.Http;

/// <summary>
/// Streams a bill file into the caller's stream: the response headers must arrive within the channel's timeout;
/// the body is copied as it arrives (bills can be large), bounded by the caller's cancellation.
/// </summary>
internal static class BillFileDownload
{
    public static async Task CopyToAsync(HttpClient httpClient, HttpRequestMessage request, TimeSpan timeout, Stream destination, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        using (var headers = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            headers.CancelAfter(timeout);
            try
            {
                response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, headers.Token);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ChannelBillDownloadException($"Bill download: no answer within {timeout.TotalMilliseconds:0} ms.", ex);
            }
            catch (HttpRequestException ex)
            {
                throw new ChannelBillDownloadException($"Bill download failed: {ex.HttpRequestError}.", ex);
            }
        }

        using (response)
        {
            if ((int)response.StatusCode != 200)
            {
                throw new ChannelBillDownloadException($"Bill download failed: HTTP {((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)}.");
            }

            try
            {
                await response.Content.CopyToAsync(destination, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                throw new ChannelBillDownloadException($"Bill download broke off: {ex.HttpRequestError}.", ex);
            }
            catch (IOException ex)
            {
                throw new ChannelBillDownloadException($"Bill download broke off: {ex.Message}", ex);
            }
        }
    }
}
