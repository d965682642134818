using FacePay.Channels.WechatPay;

namespace FacePay.Channels.Tests.WechatPay;

/// <summary>Lookups answer from the current keys even right after the same serial was looked up (the last hit is kept).</summary>
public sealed class WechatPayVerifierStoreTests : IDisposable
{
    private const string KeyId = "PUB_KEY_ID_0114232134912410000000000000";
    private readonly WechatPayVerifierStore _store = new();

    [Fact]
    public void Replaced_key_is_returned_after_the_old_one_was_looked_up()
    {
        _store.AddPublicKey(KeyId, TestKeys.PublicPem(TestKeys.Alipay));
        Assert.True(_store.TryGet(KeyId, out var first));

        _store.AddPublicKey(KeyId, TestKeys.PublicPem(TestKeys.Other));

        Assert.True(_store.TryGet(KeyId, out var second));
        Assert.NotSame(first, second);
        Assert.Equal(TestKeys.Other.ExportSubjectPublicKeyInfo(), second.ExportSubjectPublicKeyInfo());
    }

    [Fact]
    public void Removed_serial_is_unknown_after_it_was_looked_up()
    {
        _store.AddPublicKey(KeyId, TestKeys.PublicPem(TestKeys.Alipay));
        Assert.True(_store.TryGet(KeyId, out _));

        Assert.True(_store.Remove(KeyId));

        Assert.False(_store.TryGet(KeyId, out _));
    }

    [Fact]
    public void Serials_match_ignoring_case_before_and_after_a_hit()
    {
        _store.AddPublicKey(KeyId, TestKeys.PublicPem(TestKeys.Alipay));

        Assert.True(_store.TryGet(KeyId.ToLowerInvariant(), out var lower));
        Assert.True(_store.TryGet(KeyId, out var exact));
        Assert.Same(lower, exact);
        Assert.False(_store.TryGet(KeyId + "0", out _));
    }

    public void Dispose() => _store.Dispose();
}
