using System.Runtime.InteropServices;

namespace FacePay.Benchmarks.Measurement;

/// <summary>
/// CPU time consumed by this whole process (every thread, the GC's included), from the kernel's precise accounting
/// (<c>clock_gettime(CLOCK_PROCESS_CPUTIME_ID)</c>). Throughput per CPU-second does not move when other processes
/// take turns on a shared machine, which wall-clock throughput does.
/// </summary>
public static partial class ProcessCpuClock
{
    private const int ProcessCpuTimeId = 2;

    /// <summary>The process's CPU time so far; null where the clock is unavailable.</summary>
    public static TimeSpan? Now()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        return NativeMethods.clock_gettime(ProcessCpuTimeId, out var time) == 0
            ? TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100))
            : null;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static partial class NativeMethods
    {
        [LibraryImport("libc", SetLastError = false)]
        [return: MarshalAs(UnmanagedType.I4)]
        internal static partial int clock_gettime(int clockId, out Timespec time);
    }
}
