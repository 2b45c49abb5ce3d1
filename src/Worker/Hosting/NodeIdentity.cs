namespace Syndicator.Worker.Hosting;

/// <summary>Names this process in leases and attempt rows, so ops can tell which node did what.</summary>
public sealed record NodeIdentity(string Name, ServiceRole Role)
{
    public static NodeIdentity Create(ServiceRole role) =>
        new($"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}", role);
}
