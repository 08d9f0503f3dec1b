using Microsoft.AspNetCore.Mvc.Filters;

namespace Fulfilment.Web.Infrastructure;

/// <summary>
/// How dates and times read on pages: in the viewer's time zone (<see cref="LocalClock"/>: the store's for a seller,
/// the warehouse's for staff, UTC for admins). The layout names the zone once on every page.
/// </summary>
public sealed class PageTime(LocalClock clock)
{
    public LocalTime Zone => clock.Current;

    /// <summary>The zone for people, e.g. <c>Asia/Shanghai (UTC+08:00)</c>.</summary>
    public string ZoneName => Zone.Describe(clock.UtcNow);

    /// <summary>yyyy-MM-dd HH:mm on the viewer's clocks.</summary>
    public string When(DateTimeOffset at) => Zone.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public string Date(DateTimeOffset at) => Zone.ToLocal(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Clock(DateTimeOffset at) => Zone.ToLocal(at).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The value of a <c>datetime-local</c> input showing <paramref name="at"/> on the viewer's clocks.</summary>
    public string InputValue(DateTimeOffset at) => Zone.ToLocal(at).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
}

/// <summary>Resolves the viewer's time zone before a page runs, so views and services read it without another query.</summary>
internal sealed class LocalTimePageFilter(LocalClock clock) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.User.Identity?.IsAuthenticated == true)
        {
            await clock.Zone(context.HttpContext.RequestAborted);
        }

        await next();
    }
}
