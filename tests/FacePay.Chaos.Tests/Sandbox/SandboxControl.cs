using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using FacePay.Sandbox.Faults;
using FacePay.Sandbox.Notifications;

namespace FacePay.Chaos.Tests.Sandbox;

/// <summary>The sandbox process's <c>/sandbox</c> control API over HTTP: fault rules, trades, notification attempts.</summary>
public sealed class SandboxControl(HttpClient http) : IDisposable
{
    // The control API writes enums as strings, in camelCase property names.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Adds a fault rule; the sandbox refuses an invalid one.</summary>
    public async Task AddFaultAsync(FaultRule rule)
    {
        using var response = await http.PostAsJsonAsync("sandbox/faults", rule, Json);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The sandbox refused {rule}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>The fault rules in force, each with how often it has fired (counted when a request arrives).</summary>
    public async Task<IReadOnlyList<ActiveFault>> GetFaultsAsync() =>
        await http.GetFromJsonAsync<List<ActiveFault>>("sandbox/faults", Json) ?? [];

    /// <summary>Removes every fault rule.</summary>
    public async Task ClearFaultsAsync()
    {
        using var response = await http.DeleteAsync("sandbox/faults");
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Every trade the sandbox holds, with pay calls per <c>out_trade_no</c> and totals per channel.</summary>
    public async Task<SandboxTrades> GetTradesAsync() =>
        await http.GetFromJsonAsync<SandboxTrades>("sandbox/trades", Json) ?? throw new InvalidOperationException("The sandbox answered no trades document.");

    /// <summary>Every notification delivery attempt so far.</summary>
    public async Task<IReadOnlyList<NotificationAttempt>> GetNotificationsAsync() =>
        await http.GetFromJsonAsync<List<NotificationAttempt>>("sandbox/notifications", Json) ?? [];

    /// <inheritdoc />
    public void Dispose() => http.Dispose();
}
