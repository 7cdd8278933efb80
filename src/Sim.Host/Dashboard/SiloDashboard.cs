using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;
using Orleans.Dashboard;

namespace Sim.Host.Dashboard;

/// <summary>
/// The web side of <c>sim silo --dashboard PORT</c>: an ASP.NET Core host (Kestrel on the bind address, loopback by
/// default) serving Orleans' dashboard under <see cref="DashboardPath"/> and our runs page at <see cref="RunsPath"/>.
/// </summary>
internal static class SiloDashboard
{
    /// <summary>Where Orleans' dashboard is served.</summary>
    public const string DashboardPath = "/dashboard";

    /// <summary>Where the runs page is served.</summary>
    public const string RunsPath = "/runs";

    /// <summary>A web host builder listening on <paramref name="bind"/>:<paramref name="port"/> (HTTP).</summary>
    public static WebApplicationBuilder CreateBuilder(IPAddress bind, int port)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(bind, port));
        builder.Services.AddRouting();
        builder.Services.AddSingleton<ClusterRunsReader>();
        return builder;
    }

    /// <summary>Maps the dashboard and the runs page on <paramref name="app"/>.</summary>
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRouting();
        app.MapOrleansDashboard(DashboardPath);
        app.MapGet("/", () => Results.Redirect(RunsPath));
        app.MapGet(RunsPath, async (ClusterRunsReader reader) =>
            Results.Content(RunsPage.Render(await reader.ReadAsync(), DashboardPath), "text/html; charset=utf-8"));
    }
}
