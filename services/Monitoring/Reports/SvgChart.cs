using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CpPlatform.Monitoring.Domain;

namespace CpPlatform.Monitoring.Reports;

/// <summary>
/// An indicator's actual over time as an inline SVG line chart: axes with figures and month labels, a point at the end
/// of each month, the target as a dashed line. No script, no external reference; every text HTML-encoded.
/// </summary>
public static class SvgChart
{
    private const int Width = 720;
    private const int Height = 240;
    private const int Left = 64;
    private const int Right = 24;
    private const int Top = 20;
    private const int Bottom = 44;
    private const int PlotWidth = Width - Left - Right;
    private const int PlotHeight = Height - Top - Bottom;
    private const int MostMonthLabels = 8;
    private const int YTicks = 4;

    public static string Line(IReadOnlyList<ProgressPoint> history, decimal? target, string label)
    {
        var top = AxisTop(Math.Max(history.Count == 0 ? 0 : history.Max(point => point.Actual), target ?? 0));
        var svg = new StringBuilder()
            .Append($"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {Width} {Height}\" aria-label=\"{Encode(label)}\">")
            .Append($"<title>{Encode(label)}</title>");
        AppendAxes(svg, top);
        if (history.Count == 0)
        {
            svg.Append($"<text class=\"empty\" x=\"{Left + PlotWidth / 2}\" y=\"{Top + PlotHeight / 2}\" text-anchor=\"middle\">No figures yet</text>");
        }
        else
        {
            AppendMonths(svg, history);
            if (target is { } goal)
            {
                var y = Number(Y(goal, top));
                svg.Append($"<line class=\"target\" x1=\"{Left}\" y1=\"{y}\" x2=\"{Left + PlotWidth}\" y2=\"{y}\" stroke-dasharray=\"6 4\"/>")
                    .Append($"<text class=\"target-label\" x=\"{Left + PlotWidth}\" y=\"{Number(Y(goal, top) - 5)}\" text-anchor=\"end\">target {Encode(ReportLayout.ReadableFigure(goal))}</text>");
            }
            AppendActuals(svg, history, top);
        }
        return svg.Append("</svg>").ToString();
    }

    private static void AppendAxes(StringBuilder svg, decimal top)
    {
        for (var tick = 0; tick <= YTicks; tick++)
        {
            var value = top * tick / YTicks;
            var y = Number(Y(value, top));
            svg.Append($"<line class=\"grid\" x1=\"{Left}\" y1=\"{y}\" x2=\"{Left + PlotWidth}\" y2=\"{y}\"/>")
                .Append($"<text class=\"tick\" x=\"{Left - 6}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\">{Encode(ReportLayout.ReadableFigure(value))}</text>");
        }
        svg.Append($"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + PlotHeight}\"/>")
            .Append($"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top + PlotHeight}\" x2=\"{Left + PlotWidth}\" y2=\"{Top + PlotHeight}\"/>");
    }

    /// <summary>At most <see cref="MostMonthLabels"/> labels, evenly spread, so three years of months stay legible.</summary>
    private static void AppendMonths(StringBuilder svg, IReadOnlyList<ProgressPoint> history)
    {
        var every = (history.Count + MostMonthLabels - 1) / MostMonthLabels;
        for (var index = 0; index < history.Count; index += every)
        {
            var month = history[index].On.ToString("MMM yyyy", CultureInfo.InvariantCulture);
            svg.Append($"<text class=\"month\" x=\"{Number(X(index, history.Count))}\" y=\"{Top + PlotHeight + 18}\" text-anchor=\"middle\">{Encode(month)}</text>");
        }
    }

    private static void AppendActuals(StringBuilder svg, IReadOnlyList<ProgressPoint> history, decimal top)
    {
        var points = string.Join(' ', history.Select((point, index) => $"{Number(X(index, history.Count))},{Number(Y(point.Actual, top))}"));
        svg.Append($"<polyline class=\"actual\" points=\"{points}\"/>");
        for (var index = 0; index < history.Count; index++)
        {
            var point = history[index];
            svg.Append($"<circle class=\"point\" cx=\"{Number(X(index, history.Count))}\" cy=\"{Number(Y(point.Actual, top))}\" r=\"3\">")
                .Append($"<title>{Encode($"{ReportLayout.Day(point.On)}: {ReportLayout.ReadableFigure(point.Actual)}")}</title></circle>");
        }
    }

    /// <summary>The axis ends at a round figure (1, 2 or 5 times a power of ten per tick) at or above the highest value.</summary>
    private static decimal AxisTop(decimal highest)
    {
        if (highest <= 0)
        {
            return YTicks;
        }
        var rough = (double)highest / YTicks;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1d, 2d, 5d, 10d }.Select(factor => factor * power).First(candidate => candidate >= rough);
        return (decimal)step * YTicks;
    }

    private static double X(int index, int count) => Left + (count == 1 ? PlotWidth / 2d : index * (double)PlotWidth / (count - 1));

    private static double Y(decimal value, decimal top) => Top + PlotHeight - (double)(value / top) * PlotHeight;

    private static string Number(double coordinate) => coordinate.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
