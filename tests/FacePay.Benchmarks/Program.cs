using FacePay.Benchmarks;
using FacePay.Benchmarks.Channels;

var settings = args.Contains("--quick") ? BenchmarkSettings.QuickRun : BenchmarkSettings.Full;
var channels = new ChannelCryptoBenchmark(settings, Console.WriteLine);
await channels.RunAsync();
