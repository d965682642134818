using FacePay.Contracts.Operations;
using FacePay.Grains.Operations;
using Microsoft.Extensions.Options;

namespace FacePay.Silo.Operations;

/// <summary>
/// Pushes this silo's figures (<see cref="SiloFiguresCollector"/>) to the cluster's <see cref="IClusterFiguresGrain"/>
/// every <see cref="OperationsOptions.FiguresPushInterval"/>: one small grain call per silo every few seconds.
/// </summary>
public sealed partial class SiloFiguresPublisher(
    SiloFiguresCollector collector,
    IGrainFactory grains,
    ILocalSiloDetails silo,
    IOptions<OperationsOptions> options,
    ILogger<SiloFiguresPublisher> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.FiguresPushInterval;
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var figures = collector.Snapshot(silo.SiloAddress.ToParsableString());
                await grains.GetGrain<IClusterFiguresGrain>(IClusterFiguresGrain.Key).ReportAsync(figures).WaitAsync(interval, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The silo may still be joining, or the grain moving: the next tick tries again.
                LogPushFailed(ex.GetType().Name, ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pushing this silo's figures failed ({Error}: {Message}); retried at the next tick.")]
    private partial void LogPushFailed(string error, string message);
}
