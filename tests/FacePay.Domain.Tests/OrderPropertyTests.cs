using FacePay.Domain.Events;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static FacePay.Domain.Tests.TestOrders;

namespace FacePay.Domain.Tests;

public sealed class OrderPropertyTests
{
    /// <summary>
    /// Any script of commands and channel reports (duplicates, reorderings, wrong amounts, contradicting
    /// reports, clocks going backwards) keeps the money invariants.
    /// </summary>
    [Property(Arbitrary = [typeof(OrderScriptGenerators)], MaxTest = 1000)]
    public void Random_scripts_never_charge_twice_never_over_refund_and_never_change_on_refusal(OrderStep[] script)
    {
        var order = Created();
        var now = T0;
        var successfulCharges = 0;
        var refundedByEvents = Money.Zero(Amount.Currency);
        var eventIds = new HashSet<string>(StringComparer.Ordinal);

        foreach (var step in script)
        {
            now = now.AddMinutes(step.MinutesLater);
            var decision = step.ApplyTo(order, now);
            var next = decision.Order;

            if (decision.IsApplied)
            {
                Assert.Equal(order.Version + 1, next.Version);
                Assert.Equal(order.History.Count + 1, next.History.Count);
                Assert.Equal(next.Version, next.History[^1].Version);
                Assert.True(next.UpdatedAt >= order.UpdatedAt);
                Assert.All(decision.Events, e => Assert.Equal(next.Version, e.OrderVersion));
            }
            else
            {
                // Refused, duplicate and ignored decisions hand back the very same order.
                Assert.Same(order, next);
                Assert.Empty(decision.Events);
            }

            Assert.Equal(decision.Error != OrderError.None, decision.IsRefused);
            foreach (var e in decision.Events)
            {
                Assert.True(eventIds.Add(e.EventId), $"event id {e.EventId} was published twice");
                successfulCharges += e is PaymentSucceeded ? 1 : 0;
                refundedByEvents = e is RefundSucceeded r ? refundedByEvents + r.Amount : refundedByEvents;
            }

            AssertInvariants(next);
            order = next;
        }

        Assert.True(successfulCharges <= 1);
        Assert.Equal(order.RefundedAmount, refundedByEvents);
        Assert.True(refundedByEvents <= Amount);
    }

    [Fact]
    public void Random_scripts_reach_every_state()
    {
        // Guards the property above against a generator that never gets past the first states.
        var reached = new HashSet<OrderState>();
        foreach (var script in OrderScriptGenerators.Script.Sample(500))
        {
            var order = Created();
            reached.Add(order.State);
            foreach (var step in script)
            {
                order = step.ApplyTo(order, T0.AddMinutes(1)).Order;
                reached.Add(order.State);
            }
        }

        Assert.Equal(Enum.GetValues<OrderState>().Order(), reached.Order());
    }

    private static void AssertInvariants(Order order)
    {
        Assert.Equal(Key, order.Key);
        Assert.Equal(Amount, order.Amount);
        Assert.Equal(T0, order.CreatedAt);

        var succeeded = order.Attempts.Count(a => a.Status == PaymentAttemptStatus.Succeeded);
        Assert.True(succeeded <= 1, "two attempts succeeded");
        Assert.Equal(succeeded == 1, order.IsPaid);

        var live = order.Attempts.Where(a => !a.IsSettled).ToList();
        Assert.True(live.Count <= 1, "two live attempts");
        Assert.Equal(live.Count == 1, order.State == OrderState.Paying);
        Assert.True(live.Count == 0 || live[0] == order.CurrentAttempt);
        Assert.Equal(Enumerable.Range(1, order.Attempts.Count), order.Attempts.Select(a => a.Number));

        Assert.True(order.RefundedAmount + order.PendingRefundAmount <= (order.IsPaid ? order.Amount : Money.Zero(order.Amount.Currency)));
        Assert.Equal(order.State == OrderState.Refunded, order.IsPaid && order.RefundedAmount == order.Amount);
        Assert.Equal(order.State == OrderState.PartiallyRefunded, order.RefundedAmount.IsPositive && order.RefundedAmount < order.Amount);
        Assert.Equal(order.Refunds.Count, order.Refunds.Select(r => r.OutRefundNo).Distinct().Count());
        Assert.Equal(order.Version, order.History.Count);
    }
}
