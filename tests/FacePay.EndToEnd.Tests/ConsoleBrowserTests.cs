using System.Net;
using System.Text.RegularExpressions;
using FacePay.EndToEnd.Tests.Infrastructure;
using FacePay.Testing.Merchants;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FacePay.EndToEnd.Tests;

/// <summary>
/// The payments console in a real browser (Debian's Chromium through Playwright) against the running cluster: an
/// operator signs in, watches an order created during the test go from Created to Paid, closes another unpaid order
/// with the console's button, and the page is saved as <c>artifacts/payments-console.png</c> (the laptop window) and
/// <c>artifacts/payments-console-full.png</c> in the test output folder.
/// </summary>
[Collection(RunningClusterFixture.CollectionName)]
public sealed partial class ConsoleBrowserTests(RunningClusterFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task An_operator_signs_in_sees_an_order_get_paid_and_closes_an_unpaid_one()
    {
        using var report = fixture.Cluster.ReportOutputOnFailure(output);
        using var merchant = fixture.SignedClient();
        var toPay = RunningClusterFixture.NewOutTradeNo("console_pay");
        var toClose = RunningClusterFixture.NewOutTradeNo("console_close");
        var memberId = "mem_" + Guid.NewGuid().ToString("N")[..10];
        using (var enrolled = await merchant.EnrollAsync(memberId, "obama_1.jpg"))
        {
            Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        }

        foreach (var (outTradeNo, channel) in new[] { (toPay, "wechatpay"), (toClose, "alipay") })
        {
            using var created = await merchant.CreateAsync(OrderRequests.Valid(outTradeNo, amount: 2350, channel: channel, memberId: memberId));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        await using var browser = await ConsoleBrowser.LaunchAsync(fixture.ApiAddress());
        var page = await browser.Context.NewPageAsync();
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        try
        {
            await page.GotoAsync("/ops");
            await Expect(page).ToHaveURLAsync(LoginPage());
            await page.FillAsync("#name", fixture.Operator.Name);
            await page.FillAsync("#password", fixture.Operator.Password);
            await page.ClickAsync("button[type=submit]");

            await Expect(page.Locator("#operator")).ToHaveTextAsync(fixture.Operator.Name);
            await Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "ok");
            var paying = page.Locator($"#latest-orders tr[data-order='{fixture.Main.Id}/{toPay}']");
            var closing = page.Locator($"#latest-orders tr[data-order='{fixture.Main.Id}/{toClose}']");
            await Expect(paying).ToHaveAttributeAsync("data-state", "Created");
            await Expect(closing).ToHaveAttributeAsync("data-state", "Created");

            // The kiosk pays while the operator watches: the console refreshes itself.
            using (var paid = await merchant.FacePayAsync(toPay, memberId, "obama_2.jpg", MerchantRequests.PayerCode("wechatpay")))
            {
                Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
            }

            await Expect(paying).ToHaveAttributeAsync("data-state", "Paid");
            await Expect(paying.Locator("button[data-action=close]")).ToHaveCountAsync(0);

            await closing.Locator("button[data-action=close]").ClickAsync();
            await Expect(page.Locator("#toast")).ToContainTextAsync($"{toClose} is now Closed");
            await Expect(closing).ToHaveAttributeAsync("data-state", "Closed");
            Assert.Equal("Closed", (await merchant.GetJsonAsync($"/v1/orders/{toClose}")).GetProperty("state").GetString());

            // The charts are drawn (SVG from the console's own script) and the channel cards show both channels.
            await Expect(page.Locator("#timeline-chart svg rect").First).ToBeVisibleAsync();
            await Expect(page.Locator("#channel-timeline svg path")).Not.ToHaveCountAsync(0);
            await Expect(page.Locator("#channels [data-channel]")).ToHaveCountAsync(2);
        }
        finally
        {
            output.WriteLine("screenshots: " + string.Join(", ", await ConsoleBrowser.ScreenshotAsync(page, "payments-console")));
        }
    }

    [GeneratedRegex("/ops/login")]
    private static partial Regex LoginPage();
}
