namespace Syndicator.Tests.Infrastructure;

/// <summary>
/// The usual integration setting: a fresh PostgreSQL database, the real service host on Kestrel with a manual clock,
/// and a loopback feed server, started before each test and torn down after it.
/// </summary>
public abstract class PostgresAppTest(DateTimeOffset start) : IAsyncLifetime
{
    protected PostgresDatabase Pg { get; } = new();
    protected ManualClock Clock { get; } = new(start);
    protected TestApp App { get; private set; } = null!;
    protected FeedServer FeedHost { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Pg.InitializeAsync();
        FeedHost = await FeedServer.StartAsync();
        App = await TestApp.StartAsync(Pg.ConnectionString, Clock);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await FeedHost.DisposeAsync();
        await Pg.DisposeAsync();
    }
}
