using FacePay.Domain.Requests;

namespace FacePay.Domain.Tests.Requests;

public sealed class IdempotencyRecordTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);
    private static readonly StoredResponse Created = new(201, "application/json", [1, 2, 3], "/v1/orders/o1");

    [Fact]
    public void First_use_proceeds_and_a_retry_of_the_completed_request_replays_its_response()
    {
        var record = new IdempotencyRecord();

        Assert.Equal(IdempotencyOutcome.Proceed, record.Begin("fp1", T0, Lease, Retention).Outcome);
        Assert.True(record.Complete("fp1", Created, T0.AddSeconds(1)));
        var retry = record.Begin("fp1", T0.AddMinutes(5), Lease, Retention);

        Assert.Equal(IdempotencyOutcome.Replay, retry.Outcome);
        Assert.Same(Created, retry.Response);
    }

    [Fact]
    public void A_different_request_under_the_same_key_is_refused_while_running_and_after_completion()
    {
        var record = new IdempotencyRecord();
        record.Begin("fp1", T0, Lease, Retention);

        Assert.Equal(IdempotencyOutcome.Mismatch, record.Begin("fp2", T0.AddSeconds(1), Lease, Retention).Outcome);
        record.Complete("fp1", Created, T0.AddSeconds(2));
        Assert.Equal(IdempotencyOutcome.Mismatch, record.Begin("fp2", T0.AddHours(1), Lease, Retention).Outcome);
        Assert.False(record.Complete("fp2", Created, T0.AddHours(1)));
    }

    [Fact]
    public void A_concurrent_retry_while_the_first_runs_is_told_it_is_in_progress()
    {
        var record = new IdempotencyRecord();
        record.Begin("fp1", T0, Lease, Retention);

        Assert.Equal(IdempotencyOutcome.InProgress, record.Begin("fp1", T0.AddSeconds(10), Lease, Retention).Outcome);
    }

    [Fact]
    public void A_request_whose_runner_died_may_run_again_after_the_lease()
    {
        var record = new IdempotencyRecord();
        record.Begin("fp1", T0, Lease, Retention);

        Assert.Equal(IdempotencyOutcome.Proceed, record.Begin("fp1", T0 + Lease, Lease, Retention).Outcome);
    }

    [Fact]
    public void An_abandoned_request_frees_the_key_but_a_completed_one_cannot_be_abandoned()
    {
        var record = new IdempotencyRecord();
        record.Begin("fp1", T0, Lease, Retention);
        record.Abandon("fp1");
        Assert.Equal(IdempotencyOutcome.Proceed, record.Begin("fp2", T0.AddSeconds(1), Lease, Retention).Outcome);

        record.Complete("fp2", Created, T0.AddSeconds(2));
        record.Abandon("fp2");
        Assert.Equal(IdempotencyOutcome.Replay, record.Begin("fp2", T0.AddSeconds(3), Lease, Retention).Outcome);
    }

    [Fact]
    public void A_response_older_than_the_retention_is_forgotten()
    {
        var record = new IdempotencyRecord();
        record.Begin("fp1", T0, Lease, Retention);
        record.Complete("fp1", Created, T0);

        Assert.Equal(IdempotencyOutcome.Proceed, record.Begin("fp2", T0 + Retention, Lease, Retention).Outcome);
    }
}
