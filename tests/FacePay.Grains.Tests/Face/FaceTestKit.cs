using FacePay.Contracts.Members;
using FacePay.Contracts.Orders;
using FacePay.Contracts.Verification;
using FacePay.Domain;
using FacePay.Grains.Tests.Infrastructure;
using FacePay.Testing;
using Npgsql;
using Xunit;

namespace FacePay.Grains.Tests.Face;

/// <summary>Orders, members and sessions of the face tests (merchant <c>m_face</c>, one new member per test).</summary>
internal static class FaceTestKit
{
    public const string MerchantId = "m_face";

    /// <summary>Different people from the enrolled one (all pass the quality gates).</summary>
    public static readonly string[] Impostors = ["biden_1.jpg", "harington_1.jpg", "leslie_1.jpg", "lacamoire_1.jpg", "harington_2.jpg"];

    public static string NewMemberId() => "mem_" + Guid.NewGuid().ToString("N")[..12];

    public static string MemberKey(string memberId, string merchantId = MerchantId) => $"{merchantId}/{memberId}";

    public static IMemberGrain Member(ClusterFixture fixture, string memberId, string merchantId = MerchantId) =>
        fixture.Client.GetGrain<IMemberGrain>(MemberKey(memberId, merchantId));

    public static Task<IMemberGrain> EnrollAsync(ClusterFixture fixture, string memberId, params string[] photos) =>
        EnrollAtAsync(fixture, MerchantId, memberId, photos);

    public static async Task<IMemberGrain> EnrollAtAsync(ClusterFixture fixture, string merchantId, string memberId, params string[] photos)
    {
        var member = Member(fixture, memberId, merchantId);
        var enrolled = await member.EnrollAsync([.. (photos.Length == 0 ? ["obama_1.jpg", "obama_2.jpg"] : photos).Select(FacePhotos.Read)]);
        Assert.True(enrolled.Succeeded, enrolled.Message);
        return member;
    }

    public static async Task<(IOrderGrain Order, OrderKey Key)> CreateOrderAsync(
        ClusterFixture fixture, string memberId, long fen = 1999, string merchantId = MerchantId)
    {
        var key = new OrderKey(merchantId, "face_" + Guid.NewGuid().ToString("N")[..12]);
        var order = fixture.Client.GetGrain<IOrderGrain>(key.ToString());
        var created = await order.CreateAsync(new OrderCreationRequest(key, Money.Of(fen, "CNY"), "Face test", PaymentChannel.Alipay, memberId, TimeSpan.FromMinutes(15)));
        Assert.True(created.Succeeded, created.Message);
        return (order, key);
    }

    public static async Task<IVerificationSessionGrain> StartAsync(ClusterFixture fixture, OrderKey key, string memberId, TimeSpan? lifetime = null)
    {
        var session = fixture.Client.GetGrain<IVerificationSessionGrain>(Guid.NewGuid());
        var started = await session.StartAsync(new StartVerificationSession(key.ToString(), memberId, lifetime));
        Assert.True(started.Succeeded, started.Message);
        return session;
    }

    /// <summary>An enrolled member (Obama), an order for them and an open session.</summary>
    public static async Task<(IOrderGrain Order, OrderKey Key, IVerificationSessionGrain Session, string MemberId)> ReadyForCaptureAsync(
        ClusterFixture fixture, TimeSpan? lifetime = null)
    {
        var memberId = NewMemberId();
        await EnrollAsync(fixture, memberId);
        var (order, key) = await CreateOrderAsync(fixture, memberId);
        var session = await StartAsync(fixture, key, memberId, lifetime);
        return (order, key, session, memberId);
    }

    /// <summary>The member grain's stored payload; null when the row is gone or cleared.</summary>
    public static async Task<byte[]?> StoredMemberPayloadAsync(ClusterFixture fixture, string memberId)
    {
        await using var connection = await fixture.Postgres.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT payload FROM orleans_storage WHERE grain_type = 'member' AND grain_id_extension = @k", connection);
        command.Parameters.AddWithValue("k", MemberKey(memberId));
        var value = await command.ExecuteScalarAsync();
        return value is byte[] bytes ? bytes : null;
    }

    /// <summary>Waits (bounded) until the order satisfies <paramref name="condition"/>; returns the last view either way.</summary>
    public static async Task<OrderView> EventuallyAsync(IOrderGrain order, Func<OrderView, bool> condition, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var view = (await order.GetAsync())!;
            if (condition(view) || DateTime.UtcNow > deadline)
            {
                return view;
            }

            await Task.Delay(100);
        }
    }
}
