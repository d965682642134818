using FacePay.Benchmarks;
using FacePay.Benchmarks.Channels;
using FacePay.Benchmarks.Face;

var settings = args.Contains("--quick") ? BenchmarkSettings.QuickRun : BenchmarkSettings.Full;
if (!args.Contains("--skip-channels"))
{
    await new ChannelCryptoBenchmark(settings, Console.WriteLine).RunAsync();
}

await new FaceBenchmark(settings, Console.WriteLine).RunAsync();
