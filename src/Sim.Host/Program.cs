namespace Sim.Host;

/// <summary>Entry point of the <c>sim</c> command line.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("sim: no commands yet");
        return args.Length == 0 ? 1 : 1;
    }
}
