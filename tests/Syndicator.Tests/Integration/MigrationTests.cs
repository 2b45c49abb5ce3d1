using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Tests.Infrastructure;

namespace Syndicator.Tests.Integration;

[Collection(PostgresCollection.Name)]
public sealed class MigrationTests
{
    [Fact]
    public async Task Migrate_onEmptyPostgres_createsSchemaAndRecordsEveryMigration()
    {
        await using var pg = new PostgresDatabase();
        await pg.InitializeAsync();
        await using var app = await TestApp.StartAsync(pg.ConnectionString);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(8, await db.Themes.CountAsync());
        Assert.IsType<PostgresDbContext>(db);
    }

    [Fact]
    public async Task AuditEvents_updateOrDeleteInPostgres_isRefusedByTheDatabase()
    {
        await using var pg = new PostgresDatabase();
        await pg.InitializeAsync();
        await using var app = await TestApp.StartAsync(pg.ConnectionString);
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
            db.Audit(DateTimeOffset.UnixEpoch, null, "test", "test.done", "Test", Guid.NewGuid());
            await db.SaveChangesAsync();
        }
        await using var conn = new NpgsqlConnection(pg.ConnectionString);
        await conn.OpenAsync();
        var update = new NpgsqlCommand("UPDATE audit_events SET \"Actor\" = 'mallory'", conn);
        var ex = await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
        Assert.Contains("append-only", ex.MessageText);
        var delete = new NpgsqlCommand("DELETE FROM audit_events", conn);
        await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task AuditEvents_modifiedThroughTheModel_throwsBeforeReachingTheDatabase()
    {
        await using var app = await TestApp.StartAsync(postgres: null);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        var entry = db.Audit(DateTimeOffset.UnixEpoch, null, "test", "test.done", "Test", Guid.NewGuid());
        await db.SaveChangesAsync();
        db.Remove(entry);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.IsType<SqliteDbContext>(db);
    }

    [Fact]
    public async Task FeedItems_sameKeyTwiceForOneSource_isRefusedByTheUniqueIndex()
    {
        await using var pg = new PostgresDatabase();
        await pg.InitializeAsync();
        await using var app = await TestApp.StartAsync(pg.ConnectionString);
        var commune = await Seed.CommuneAsync(app.Services, "xa-a", app.DataDirectory);
        var source = await Seed.SourceAsync(app.Services, commune.Id, "https://nguon.example.vn/rss", DateTimeOffset.UnixEpoch);
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<SyndicatorDbContext>();
        FeedItem Item() => new() { SourceId = source.Id, CommuneId = commune.Id, DedupeKey = "id:42", Title = "Tin", FetchedAt = DateTimeOffset.UnixEpoch };
        db.FeedItems.Add(Item());
        await db.SaveChangesAsync();
        db.FeedItems.Add(Item());
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
