using FacePay.Contracts;
using FacePay.Contracts.Orders;
using FacePay.Domain;

namespace FacePay.Grains.Orders;

/// <summary>
/// The single writer of one order. Each method loads the state, asks the domain <see cref="Order"/> to decide,
/// persists an accepted change before answering, and answers refusals without touching state.
/// </summary>
/// <param name="state">The order's persistent state in PostgreSQL.</param>
/// <param name="time">The clock; injected so tests control it.</param>
public sealed class OrderGrain(
    [PersistentState("order", ProviderNames.GrainStorage)] IPersistentState<OrderGrainState> state,
    TimeProvider time) : Grain, IOrderGrain
{
    /// <inheritdoc />
    public async Task<OrderResult> CreateAsync(OrderCreationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Key.ToString() != this.GetPrimaryKeyString())
        {
            return OrderResult.Refused(OrderError.InvalidRequest, "The request's order key does not match the grain it was sent to.");
        }

        var decision = OrderCreation.Decide(state.State.Order, request, time.GetUtcNow(), ChangeSource.Api);
        switch (decision.Outcome)
        {
            case DecisionOutcome.Applied:
                state.State.Order = decision.Order;
                await state.WriteStateAsync();
                return OrderResult.Ok(OrderView.From(decision.Order!));
            case DecisionOutcome.Duplicate:
                return OrderResult.AlreadyApplied(OrderView.From(decision.Order!));
            default:
                return OrderResult.Refused(decision.Error, decision.Message, decision.Order is null ? null : OrderView.From(decision.Order));
        }
    }

    /// <inheritdoc />
    public Task<OrderView?> GetAsync() =>
        Task.FromResult(state.State.Order is { } order ? OrderView.From(order) : null);

    /// <inheritdoc />
    public async Task<OrderResult> CloseAsync()
    {
        if (state.State.Order is not { } order)
        {
            return NotFound();
        }

        var decision = order.Close(CloseReason.MerchantRequest, time.GetUtcNow(), ChangeSource.Api);
        return await ApplyAsync(decision);
    }

    private async Task<OrderResult> ApplyAsync(OrderDecision decision)
    {
        switch (decision.Outcome)
        {
            case DecisionOutcome.Applied:
                state.State.Order = decision.Order;
                await state.WriteStateAsync();
                return OrderResult.Ok(OrderView.From(decision.Order));
            case DecisionOutcome.Refused:
                return OrderResult.Refused(decision.Error, decision.Message, OrderView.From(decision.Order));
            default:
                return OrderResult.AlreadyApplied(OrderView.From(decision.Order));
        }
    }

    private OrderResult NotFound() =>
        OrderResult.Refused(OrderError.NotFound, $"No order exists under '{this.GetPrimaryKeyString()}'.");
}
