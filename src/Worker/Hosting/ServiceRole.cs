namespace Syndicator.Worker.Hosting;

/// <summary>What one process does. A cluster runs any mix of web and worker processes.</summary>
public enum ServiceRole
{
    /// <summary>Web (dashboard, API, feeds) and worker (jobs) in one process: the embedded default.</summary>
    All,
    /// <summary>Serves HTTP only; runs no jobs.</summary>
    Web,
    /// <summary>Runs jobs; serves only health endpoints.</summary>
    Worker,
}
