using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Syndicator.Storage;

public sealed class SqliteDbContext(DbContextOptions<SqliteDbContext> options) : SyndicatorDbContext(options)
{
    /// <summary>SQLite cannot compare or order DateTimeOffset; store UTC ticks instead.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<TimeSpan>().HaveConversion<TimeSpanToTicksConverter>();
    }
}
