using System.Collections;
using System.Reflection;
using FacePay.Grains.Tests.Infrastructure;
using Orleans.Configuration;

namespace FacePay.Grains.Tests.Storage;

/// <summary>
/// Drives the ADO.NET stream provider's own query layer (internal to the package, reached by reflection as its
/// receiver and adapter use it) against our <c>deploy/sql</c> schema, on a queue of its own.
/// </summary>
internal sealed class StreamQueueProbe
{
    private static readonly Assembly Provider = typeof(AdoNetStreamOptions).Assembly;
    private static readonly Type QueriesType = Provider.GetType("Orleans.Streaming.AdoNet.Storage.RelationalOrleansQueries", throwOnError: true)!;
    private static readonly Type ConfirmationType = Provider.GetType("Orleans.Streaming.AdoNet.AdoNetStreamConfirmation", throwOnError: true)!;

    private readonly object _queries;

    private StreamQueueProbe(object queries) => _queries = queries;

    public string ServiceId { get; } = $"probe-{Guid.NewGuid():N}";

    public string ProviderId { get; } = "probe";

    public string QueueId { get; } = "probe-0";

    public static async Task<StreamQueueProbe> CreateAsync(string connectionString)
    {
        var create = QueriesType.GetMethod("CreateInstance", BindingFlags.Static | BindingFlags.NonPublic, [typeof(string), typeof(string)])!;
        var queries = await AwaitResultAsync(create.Invoke(null, [TestClusterSettings.NpgsqlInvariant, connectionString])!);
        return new StreamQueueProbe(queries);
    }

    public async Task<long> QueueAsync(byte[] payload, int expirySeconds = 600) =>
        Read<long>(await CallAsync("QueueStreamMessageAsync", ServiceId, ProviderId, QueueId, payload, expirySeconds), "MessageId");

    public async Task<IReadOnlyList<QueuedMessage>> GetAsync(int maxCount = 10, int maxAttempts = 3, int visibilitySeconds = 60, int removalSeconds = 60, int evictionIntervalSeconds = 60, int evictionBatchSize = 100)
    {
        var messages = (IEnumerable)await CallAsync(
            "GetStreamMessagesAsync", ServiceId, ProviderId, QueueId, maxCount, maxAttempts, visibilitySeconds, removalSeconds, evictionIntervalSeconds, evictionBatchSize);
        return messages.Cast<object>()
            .Select(m => new QueuedMessage(Read<long>(m, "MessageId"), Read<int>(m, "Dequeued"), Read<DateTime>(m, "VisibleOn"), Read<DateTime>(m, "ExpiresOn"), Read<byte[]>(m, "Payload")))
            .ToList();
    }

    public Task<IReadOnlyList<long>> ConfirmAsync(params (long MessageId, int Receipt)[] items) => AcknowledgeAsync("ConfirmStreamMessagesAsync", items);

    public Task<IReadOnlyList<long>> ReleaseAsync(params (long MessageId, int Receipt)[] items) => AcknowledgeAsync("ReleaseStreamMessagesAsync", items);

    public Task FailAsync(long messageId, int maxAttempts = 3, int removalSeconds = 60) =>
        CallAsync("FailStreamMessageAsync", ServiceId, ProviderId, QueueId, messageId, maxAttempts, removalSeconds);

    public Task EvictAsync(int maxAttempts = 3, int removalSeconds = 60) =>
        CallAsync("EvictStreamMessagesAsync", ServiceId, ProviderId, QueueId, 100, maxAttempts, removalSeconds);

    public Task EvictDeadLettersAsync() => CallAsync("EvictStreamDeadLettersAsync", ServiceId, ProviderId, QueueId, 100);

    private async Task<IReadOnlyList<long>> AcknowledgeAsync(string method, (long MessageId, int Receipt)[] items)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(ConfirmationType))!;
        foreach (var (messageId, receipt) in items)
        {
            list.Add(Activator.CreateInstance(ConfirmationType, messageId, receipt));
        }

        var acks = (IEnumerable)await CallAsync(method, ServiceId, ProviderId, QueueId, list);
        return acks.Cast<object>().Select(a => Read<long>(a, "MessageId")).Order().ToList();
    }

    private async Task<object> CallAsync(string method, params object[] arguments)
    {
        var info = QueriesType.GetMethod(method, BindingFlags.Instance | BindingFlags.NonPublic)
            ?? throw new MissingMethodException(QueriesType.FullName, method);
        var task = info.Invoke(_queries, arguments)!;
        return await AwaitResultAsync(task);
    }

    private static async Task<object> AwaitResultAsync(object task)
    {
        await (Task)task;
        return task.GetType().GetProperty("Result")?.GetValue(task) ?? task;
    }

    private static T Read<T>(object record, string property) => (T)record.GetType().GetProperty(property)!.GetValue(record)!;
}

/// <summary>A message as the queue handed it out: its id, its receipt (dequeue count) and its times.</summary>
internal sealed record QueuedMessage(long MessageId, int Dequeued, DateTime VisibleOn, DateTime ExpiresOn, byte[] Payload);
