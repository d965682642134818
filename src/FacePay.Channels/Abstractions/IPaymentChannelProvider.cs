namespace FacePay.Channels.Abstractions;

/// <summary>Hands out the registered (resilient) channel for a channel kind.</summary>
public interface IPaymentChannelProvider
{
    /// <summary>Gets the channel.</summary>
    /// <param name="kind">Which channel.</param>
    /// <returns>The channel.</returns>
    /// <exception cref="InvalidOperationException">The channel was not registered.</exception>
    IPaymentChannel Get(ChannelKind kind);

    /// <summary>Whether a channel is registered.</summary>
    /// <param name="kind">Which channel.</param>
    /// <returns>True when registered.</returns>
    bool IsRegistered(ChannelKind kind);
}
