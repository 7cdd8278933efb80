namespace Sim.Parquet.Interop.Tests.WrittenBySim;

/// <summary>How the writer is asked to encode: dictionary, dictionary falling back to PLAIN early, or PLAIN only.</summary>
public enum DictionaryMode
{
    Dictionary,
    TinyDictionaryFallsBackToPlain,
    PlainOnly,
}
