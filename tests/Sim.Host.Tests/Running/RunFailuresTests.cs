using Sim.Host.Running;

namespace Sim.Host.Tests.Running;

public sealed class RunFailuresTests
{
    [Fact]
    public void Writing_to_a_full_device_is_recognised_as_a_full_disk_even_when_wrapped()
    {
        var full = Assert.ThrowsAny<IOException>(() =>
        {
            using var stream = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);
            stream.Write(new byte[4096]);
            stream.Flush();
        });

        Assert.True(RunFailures.IsDiskFull(full), $"HResult {full.HResult}: {full.Message}");
        var wrapped = new InvalidOperationException("grain call failed", new AggregateException(new TimeoutException(), full));
        Assert.Same(full, RunFailures.IoCause(wrapped));
        Assert.Contains("the disk is full", RunFailures.Describe(full, "/x/r"), StringComparison.Ordinal);
        Assert.False(RunFailures.IsDiskFull(new IOException("other")));
        Assert.True(RunFailures.IsDiskFull(new IOException(full.Message)), "a grain's exception re-created from its message alone");
    }
}
