using Npgsql;
using Sim.Host.Silo;

namespace Sim.Host.Tests.Cluster;

/// <summary>Checkpoint storage gets a command timeout long enough for a 1:1 region, unless the operator chose one.</summary>
public sealed class CheckpointConnectionTests
{
    [Fact]
    public void Default_command_timeout_is_raised_for_checkpoints()
    {
        var connection = new NpgsqlConnectionStringBuilder(CheckpointConnection.For("Host=db1;Username=sim;Password=p;Database=sim"));
        Assert.Equal(600, connection.CommandTimeout);
        Assert.Equal(("db1", "sim", "sim"), (connection.Host, connection.Username, connection.Database));
    }

    [Theory]
    [InlineData("Host=db1;Username=sim;Command Timeout=45")]
    [InlineData("Host=db1;Username=sim;commandtimeout=45")]
    public void An_operator_s_command_timeout_is_kept(string membership)
    {
        var connection = new NpgsqlConnectionStringBuilder(CheckpointConnection.For(membership));
        Assert.Equal(45, connection.CommandTimeout);
    }
}
