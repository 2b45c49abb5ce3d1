using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Syndicator.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ItemCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Categories",
                table: "feed_items",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Categories",
                table: "feed_items");
        }
    }
}
