using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Remiv.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SessionNotesNoticesFeeds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "DeadlineId",
                table: "Notifications",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "Notifications",
                type: "integer",
                nullable: false,
                defaultValue: 1); // the notifications written so far are all deadline reminders

            migrationBuilder.AddColumn<Guid>(
                name: "SessionId",
                table: "Notifications",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CalendarFeeds",
                columns: table => new
                {
                    PsychologistId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeeds", x => x.PsychologistId);
                });

            migrationBuilder.CreateTable(
                name: "PsychologySessionNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    YouthId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    SharedWithTeam = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PsychologySessionNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PsychologySessionNotes_PsychologySessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "PsychologySessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PsychologySessionNotes_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SessionReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecipientId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionReminders_PsychologySessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "PsychologySessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_SessionId",
                table: "Notifications",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_TokenHash",
                table: "CalendarFeeds",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PsychologySessionNotes_SessionId",
                table: "PsychologySessionNotes",
                column: "SessionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PsychologySessionNotes_YouthId",
                table: "PsychologySessionNotes",
                column: "YouthId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionReminders_SessionId_Start_RecipientId",
                table: "SessionReminders",
                columns: new[] { "SessionId", "Start", "RecipientId" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Notifications_PsychologySessions_SessionId",
                table: "Notifications",
                column: "SessionId",
                principalTable: "PsychologySessions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Notifications_PsychologySessions_SessionId",
                table: "Notifications");

            migrationBuilder.DropTable(
                name: "CalendarFeeds");

            migrationBuilder.DropTable(
                name: "PsychologySessionNotes");

            migrationBuilder.DropTable(
                name: "SessionReminders");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_SessionId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "SessionId",
                table: "Notifications");

            migrationBuilder.AlterColumn<Guid>(
                name: "DeadlineId",
                table: "Notifications",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
