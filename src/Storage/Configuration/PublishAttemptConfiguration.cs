using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Syndicator.Storage.Entities;

namespace Syndicator.Storage.Configuration;

internal sealed class PublishAttemptConfiguration : IEntityTypeConfiguration<PublishAttempt>
{
    public void Configure(EntityTypeBuilder<PublishAttempt> b)
    {
        b.ToTable("publish_attempts");
        b.HasIndex(a => new { a.DeliveryId, a.Number }).IsUnique();
    }
}
