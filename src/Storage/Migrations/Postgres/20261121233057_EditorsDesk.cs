using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Syndicator.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EditorsDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CampaignKey",
                table: "posts",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "posts",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "story");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ScheduledFor",
                table: "posts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DuplicateOfId",
                table: "feed_items",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "channel_templates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommuneId = table.Column<Guid>(type: "uuid", nullable: true),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_channel_templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "post_items",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    FeedItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_post_items", x => new { x.PostId, x.FeedItemId });
                    table.ForeignKey(
                        name: "FK_post_items_feed_items_FeedItemId",
                        column: x => x.FeedItemId,
                        principalTable: "feed_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_post_items_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "relevance_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommuneId = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Match = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Pattern = table.Column<string>(type: "text", nullable: false),
                    Fields = table.Column<string>(type: "text", nullable: false),
                    AccentInsensitive = table.Column<bool>(type: "boolean", nullable: false),
                    ThemeKey = table.Column<string>(type: "text", nullable: true),
                    Weight = table.Column<double>(type: "double precision", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_relevance_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "theme_cadences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ThemeKey = table.Column<string>(type: "text", nullable: false),
                    Mode = table.Column<string>(type: "text", nullable: false),
                    Period = table.Column<string>(type: "text", nullable: false),
                    ItemCount = table.Column<int>(type: "integer", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    NextRunAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_theme_cadences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_theme_cadences_communes_CommuneId",
                        column: x => x.CommuneId,
                        principalTable: "communes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webhook_cursors",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    LastAuditEventId = table.Column<long>(type: "bigint", nullable: false),
                    LastSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhook_cursors", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_posts_CommuneId_CampaignKey",
                table: "posts",
                columns: new[] { "CommuneId", "CampaignKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_channel_templates_CommuneId_Key",
                table: "channel_templates",
                columns: new[] { "CommuneId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_post_items_FeedItemId",
                table: "post_items",
                column: "FeedItemId");

            migrationBuilder.CreateIndex(
                name: "IX_relevance_rules_CommuneId_SourceId_Order",
                table: "relevance_rules",
                columns: new[] { "CommuneId", "SourceId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_theme_cadences_CommuneId_ThemeKey_Mode",
                table: "theme_cadences",
                columns: new[] { "CommuneId", "ThemeKey", "Mode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_theme_cadences_NextRunAt",
                table: "theme_cadences",
                column: "NextRunAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "channel_templates");

            migrationBuilder.DropTable(
                name: "post_items");

            migrationBuilder.DropTable(
                name: "relevance_rules");

            migrationBuilder.DropTable(
                name: "theme_cadences");

            migrationBuilder.DropTable(
                name: "webhook_cursors");

            migrationBuilder.DropIndex(
                name: "IX_posts_CommuneId_CampaignKey",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "CampaignKey",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "ScheduledFor",
                table: "posts");

            migrationBuilder.DropColumn(
                name: "DuplicateOfId",
                table: "feed_items");
        }
    }
}
