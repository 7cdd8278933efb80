#!/usr/bin/env python3
"""Breakdown of a `sim run` by part of the run, from a dotnet-trace Speedscope export.

Usage: python3 bench/profile/speedscope_breakdown.py TRACE.speedscope.json

dotnet-trace's default profile samples every managed thread, running or not. Only samples whose leaf is
CPU_TIME (the thread was in managed code, running or waiting for a core) count here; UNMANAGED_CODE_TIME samples
(blocked in native waits, the GC itself, system calls) are left out, and so are thread-pool spinning and the
finalizer thread. Each remaining sample goes to the first part of the run (in the order of CATEGORIES) whose
marker appears anywhere in its stack. Under load the figures are runnable-thread time, not CPU time: compare
shares, and compare seconds only between traces taken at the same load.
"""
import collections
import json
import sys

SNAPSHOT = 'PersonSnapshotPart.Write'
IDLE = ('thread-pool spinning and waiting', 'finalizer thread')

# (part of the run, markers that must all be in the stack); the first part that matches takes the sample.
CATEGORIES = [
    ('synthesis (PopulationSynthesizer + start census)', ['RegionSimulation..ctor']),
    ('persons snapshot: string columns', [SNAPSHOT, 'ParquetFileWriter.WriteReferences']),
    ('persons snapshot: string columns', [SNAPSHOT, 'ParquetFileWriter.WriteCategories']),
    ('persons snapshot: value columns', [SNAPSHOT, 'ParquetFileWriter.WriteValues']),
    ('persons snapshot: row-group cut, footer', [SNAPSHOT, 'PartFile.Complete']),
    ('persons snapshot: row buffers (dates, flags)', [SNAPSHOT]),
    ("events (packing the month's log)", ['RegionOutputs.Settle']),
    ('demography (births, deaths)', ['DemographyProcess.Run']),
    ('arrivals', ['ArrivalsProcess.Run']),
    ('departures', ['DepartureProcess.Run']),
    ('legal status', ['LegalStatusProcess.Run']),
    ('labour market', ['LabourMarketProcess.Run']),
    ('housing', ['HousingProcess.Run']),
    ('relocation', ['RelocationProcess.Run']),
    ('emigration', ['EmigrationProcess.Run']),
    ('removal of leavers (RemoveGone)', ['PersonTable.RemoveGone']),
    ('advance: rest (flow rows, batches)', ['RegionSimulation.Advance']),
    ('census after the month', ['RegionCensus.Run']),
    ('receive: appending movers', ['RegionSimulation.Receive']),
    ('shipping (MoverShipment, grain calls)', ['MoverShipment']),
    ('shipping (MoverShipment, grain calls)', ['DeliverAsync']),
    ('shipping (MoverShipment, grain calls)', ['MoverBatch']),
    ('national aggregation, run grain', ['NationalIndicators']),
    ('national aggregation, run grain', ['RunGrain']),
    ('flows and region_month files', ['FlowPart']),
    ('flows and region_month files', ['RegionMonthPart']),
    ('flows and region_month files', ['EventPart']),
    ('other grain work', ['RegionGrain']),
    ('finalizer thread', ['GC.RunFinalizers']),
    ('GC (waiting for a collection, GC info)', ['GetGCMemoryInfo']),
    ('GC (waiting for a collection, GC info)', ['PollGC']),
    ('thread-pool spinning and waiting', ['LowLevelLifoSemaphore']),
    ('thread-pool spinning and waiting', ['LowLevelSpinWaiter']),
    ('thread-pool spinning and waiting', ['WaitHandle.Wait']),
    ('thread-pool spinning and waiting', ['Monitor.Wait']),
    ('thread-pool spinning and waiting', ['WorkerThreadStart']),
]


def classify(stack_text):
    for label, markers in CATEGORIES:
        if all(marker in stack_text for marker in markers):
            return label
    return 'other (runtime, Orleans, host)'


def main(path):
    with open(path, encoding='utf-8') as f:
        trace = json.load(f)
    frames = [frame['name'] for frame in trace['shared']['frames']]
    seconds = collections.Counter()
    for profile in trace['profiles']:
        stack, last, labels = [], None, {}
        for event in profile['events']:
            at = event['at']
            if stack and last is not None and at > last and frames[stack[-1]] == 'CPU_TIME':
                key = tuple(stack)
                if key not in labels:
                    labels[key] = classify('\n'.join(frames[x] for x in stack))
                seconds[labels[key]] += (at - last) / 1000
            last = at
            if event['type'] == 'O':
                stack.append(event['frame'])
            else:
                while stack and stack.pop() != event['frame']:
                    pass
    total = sum(seconds.values())
    idle = sum(seconds[label] for label in IDLE)
    busy = total - idle
    print(f'managed-code samples {total:.1f} s, of which thread-pool spinning and the finalizer thread {idle:.1f} s; '
          f'shares below are of the rest ({busy:.1f} s)')
    for label, value in seconds.most_common():
        if label not in IDLE:
            print(f'| {label} | {value / busy * 100:.1f}% | {value:.1f} s |')


if __name__ == '__main__':
    main(sys.argv[1])
