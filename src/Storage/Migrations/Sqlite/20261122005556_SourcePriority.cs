using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Syndicator.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SourcePriority : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Priority",
                table: "sources",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Priority",
                table: "sources");
        }
    }
}
