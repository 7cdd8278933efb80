namespace Sim.Runtime.Invocation;

/// <summary>Turns the four supported return types into <see cref="ValueTask{TResult}"/> without allocating when already complete.</summary>
internal static class InvokeAdapters
{
    public static ValueTask<VoidResult> FromTask(Task task) =>
        task.IsCompletedSuccessfully ? default : new ValueTask<VoidResult>(AwaitTask(task));

    public static ValueTask<VoidResult> FromValueTask(ValueTask task) =>
        task.IsCompletedSuccessfully ? default : new ValueTask<VoidResult>(AwaitValueTask(task));

    public static ValueTask<T> FromTaskOfT<T>(Task<T> task) => new(task);

    private static async Task<VoidResult> AwaitTask(Task task)
    {
        await task;
        return default;
    }

    private static async Task<VoidResult> AwaitValueTask(ValueTask task)
    {
        await task;
        return default;
    }
}
