using CpPlatform.Dashboard.Queries;
using CpPlatform.Dashboard.Storage;

namespace CpPlatform.Dashboard.Tests;

public sealed class StorageTests
{
    [Fact]
    public void Past_the_cap_the_oldest_items_are_dropped_first()
    {
        var buffer = new BoundedBuffer<int>(3);

        var dropped = buffer.Add([1, 2, 3, 4, 5]);

        Assert.Equal([1, 2], dropped);
        Assert.Equal([3, 4, 5], buffer.Snapshot());
    }

    [Fact]
    public void Spans_dropped_by_the_cap_leave_the_trace_index_and_an_emptied_trace_disappears()
    {
        var spans = new SpanStore(3, journal: null);
        spans.Add([Samples.Span("aa", 1), Samples.Span("aa", 2, parent: $"{1:x16}")]);
        spans.Add([Samples.Span("bb", 3), Samples.Span("bb", 4)]);

        Assert.Equal(3, spans.Count);
        Assert.Equal([$"{2:x16}"], spans.Trace("aa").Select(span => span.SpanId));
        spans.Add([Samples.Span("cc", 5)]);
        Assert.Empty(spans.Trace("aa"));
        Assert.Equal(["bb", "cc"], spans.Traces().Select(trace => trace[0].TraceId).Order());
    }

    [Fact]
    public void A_trace_whose_root_was_dropped_still_lists_and_draws_from_its_earliest_span()
    {
        var spans = new SpanStore(10, journal: null);
        spans.Add([Samples.Span("aa", 2, parent: "0000000000000001"), Samples.Span("aa", 3, parent: $"{2:x16}")]);

        var summary = Assert.Single(TraceQueries.List(spans, new TraceFilter(null, null, false, null, null, 10)));
        var detail = TraceQueries.Detail(spans, "aa")!;

        Assert.Equal("span 2", summary.RootOperation);
        Assert.Equal([0, 1], detail.Spans.Select(span => span.Depth));
    }

    [Fact]
    public void Percentiles_interpolate_inside_the_bucket_that_holds_the_rank()
    {
        var histogram = new HistogramAccumulator();
        histogram.Add([10, 20, 40], [0, 4, 4, 2], sum: 200);
        histogram.Add([10, 20, 40], [2, 0, 0, 0], sum: 10);

        Assert.Equal(12, histogram.Count);
        Assert.Equal(10 + 10 * (4.0 / 4), histogram.Percentile(0.5));   // rank 6: the 4th of 4 in (10, 20]
        Assert.Equal(20 + 20 * (3.6 / 4), histogram.Percentile(0.8)!.Value, 6); // rank 9.6: 3.6 of 4 in (20, 40]
        Assert.Equal(40, histogram.Percentile(0.99));                      // in the open bucket: its lower bound
        Assert.Null(new HistogramAccumulator().Percentile(0.5));
    }
}
