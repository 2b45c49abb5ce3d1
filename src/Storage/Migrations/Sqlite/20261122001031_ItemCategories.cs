using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Syndicator.Storage.Migrations.Sqlite
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
                type: "TEXT",
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
