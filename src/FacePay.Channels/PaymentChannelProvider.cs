using FacePay.Channels.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace FacePay.Channels;

/// <summary>Resolves channels registered by <see cref="ChannelServiceCollectionExtensions"/> (keyed by <see cref="ChannelKind"/>).</summary>
public sealed class PaymentChannelProvider : IPaymentChannelProvider
{
    private readonly IServiceProvider _services;

    /// <summary>Creates the provider.</summary>
    /// <param name="services">The service provider.</param>
    public PaymentChannelProvider(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
    }

    /// <inheritdoc />
    public IPaymentChannel Get(ChannelKind kind) =>
        _services.GetKeyedService<IPaymentChannel>(kind) ?? throw new InvalidOperationException($"Payment channel {kind} is not registered.");

    /// <inheritdoc />
    public bool IsRegistered(ChannelKind kind) => _services.GetKeyedService<IPaymentChannel>(kind) is not null;
}
