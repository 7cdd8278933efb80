using Microsoft.Extensions.Logging;
using Sim.Runtime.Invocation;

namespace Sim.Runtime.Activation;

/// <summary>The turn loop and the activation/deactivation sequences.</summary>
internal sealed partial class ActivationData
{
    private enum Step
    {
        Requeue,
        Continuation,
        Activate,
        Invoke,
        Deactivate,
    }

    /// <summary>Runs one slice: at most <see cref="SiloOptions.TurnsPerSlice"/> turns, with this activation as the context.</summary>
    public void Execute()
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            RunSlice();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    private void RunSlice()
    {
        var budget = Silo.Options.TurnsPerSlice;
        var finishedInTurn = false;
        while (true)
        {
            WorkNode? node = null;
            Request? request = null;
            Step step;
            lock (this)
            {
                if (finishedInTurn)
                {
                    // The previous turn completed its request: count it here rather than take the lock once more.
                    FinishRequestLocked();
                    finishedInTurn = false;
                }

                if (budget-- <= 0)
                {
                    if (!HasRunnableWorkLocked())
                    {
                        _flags &= NotScheduled;
                        return;
                    }

                    step = Step.Requeue;
                }
                else if (_extras?.WorkHead is { } head)
                {
                    node = head;
                    _extras.WorkHead = head.Next;
                    if (head.Next is null)
                    {
                        _extras.WorkTail = null;
                    }

                    step = Step.Continuation;
                }
                else if (_state == ActivationState.Created)
                {
                    _state = ActivationState.Activating;
                    step = Step.Activate;
                }
                else if (_state == ActivationState.Valid && _head is not null && CanStart(_head))
                {
                    request = _head;
                    _head = request.Next;
                    if (_head is null)
                    {
                        _tail = null;
                    }

                    request.Next = null;
                    _running++;
                    step = Step.Invoke;
                }
                else if (_state == ActivationState.Deactivating && _running == 0 && (_flags & FlagDeactivationStarted) == 0)
                {
                    _flags |= FlagDeactivationStarted;
                    step = Step.Deactivate;
                }
                else
                {
                    _flags &= NotScheduled;
                    return;
                }
            }

            switch (step)
            {
                case Step.Requeue:
                    // Fairness: the slice is used up; go to the back of the run queue (still marked scheduled).
                    Silo.Pool.Enqueue(this);
                    return;
                case Step.Continuation:
                    RunContinuation(node!);
                    break;
                case Step.Activate:
                    _ = ActivateAsync();
                    break;
                case Step.Invoke:
                    finishedInTurn = request!.Descriptor.Invoke(this, request);
                    break;
                case Step.Deactivate:
                    _ = DeactivateAsync();
                    break;
            }
        }
    }

    private void RunContinuation(WorkNode node)
    {
        try
        {
            node.Callback(node.State);
        }
        catch (Exception e)
        {
            SiloLog.ContinuationFailed(Silo.Logger, _grainId, e);
        }
    }

    private async Task ActivateAsync()
    {
        try
        {
            var address = Address;
            GrainAddress? previous = null;
            for (var attempt = 0; ; attempt++)
            {
                var winner = await Silo.Directory.Register(address, previous);
                if (winner == address)
                {
                    break;
                }

                if (attempt < 3 && Silo.IsStale(winner))
                {
                    previous = winner;
                    continue;
                }

                LoseRegistration(winner);
                return;
            }

            t_constructing = this;
            try
            {
                _grain = (Grain)_shared.Class.Factory(Silo.Services, null);
            }
            finally
            {
                t_constructing = null;
            }

            await _grain.ActivateAsync(Silo.StoppingToken);
        }
        catch (Exception e)
        {
            await FailActivationAsync(e);
            return;
        }

        bool schedule;
        lock (this)
        {
            _state = ActivationState.Valid;
            if ((_flags & FlagDeactivateOnIdle) != 0 && _running == 0)
            {
                BeginDeactivationLocked(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "Deactivation was requested while activating."));
            }

            schedule = TryMarkScheduledLocked();
        }

        if (schedule)
        {
            Silo.Pool.Enqueue(this);
        }
    }

    private void LoseRegistration(GrainAddress winner)
    {
        Request? queued;
        lock (this)
        {
            _state = ActivationState.Invalid;
            queued = TakeQueueLocked();
        }

        // Forward before leaving the catalog: later requests spin on this invalid entry until it is removed, so they
        // cannot overtake the ones forwarded here.
        SiloLog.LostRegistration(Silo.Logger, _grainId, winner.SiloAddress);
        while (queued is not null)
        {
            var next = queued.Next;
            queued.Next = null;
            Silo.Dispatcher.Forward(winner.SiloAddress, queued, placedHere: false);
            queued = next;
        }

        Silo.Catalog.Remove(this);
    }

    private async Task FailActivationAsync(Exception error)
    {
        Request? queued;
        lock (this)
        {
            _state = ActivationState.Invalid;
            queued = TakeQueueLocked();
        }

        SiloLog.ActivationFailed(Silo.Logger, _grainId, error);
        while (queued is not null)
        {
            var next = queued.Next;
            queued.Next = null;
            MethodDescriptor.Fail(queued, error);
            queued = next;
        }

        await UnregisterQuietlyAsync();
        Silo.Catalog.Remove(this);
        _extras?.Deactivation?.Completion.TrySetResult();
    }

    private async Task DeactivateAsync()
    {
        var state = _extras!.Deactivation!;
        if (_grain is not null)
        {
            try
            {
                await _grain.DeactivateAsync(state.Reason, Silo.DeactivationToken);
            }
            catch (Exception e)
            {
                SiloLog.DeactivationFailed(Silo.Logger, _grainId, e);
            }
        }

        await UnregisterQuietlyAsync();
        Request? queued;
        lock (this)
        {
            _state = ActivationState.Invalid;
            queued = TakeQueueLocked();
        }

        Silo.Catalog.OnDeactivated(this, queued);
        state.Completion.TrySetResult();
    }

    private async Task UnregisterQuietlyAsync()
    {
        try
        {
            await Silo.Directory.Unregister(Address);
        }
        catch (Exception e)
        {
            SiloLog.DirectoryFailed(Silo.Logger, _grainId, e);
        }
    }
}
