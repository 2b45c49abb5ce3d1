using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Syndicator.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SourceKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HtmlSelectorsJson",
                table: "sources",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "sources",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "feed");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HtmlSelectorsJson",
                table: "sources");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "sources");
        }
    }
}
