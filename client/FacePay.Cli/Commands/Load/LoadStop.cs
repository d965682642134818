namespace FacePay.Cli.Commands.Load;

/// <summary>Why a load run ended.</summary>
public enum LoadStop
{
    /// <summary>Every operation was started and finished.</summary>
    Completed = 1,

    /// <summary>The time limit ended the run: later operations never started and those in flight were abandoned.</summary>
    TimeLimit = 2,
}
