import { FakeCollection, FakeClientObject } from "./client-object";
import { ErrorCodes, FakeOfficeError } from "./errors";
import type { CommentModel } from "./model";
import { FakeRange } from "./range";

/** Word.Comment (WordApi 1.4). */
export class FakeComment extends FakeClientObject<CommentModel> {
  protected readonly typeName = "Comment";
  protected readonly scalarNames = ["id", "content", "authorName", "resolved"] as const;

  get id(): string {
    return this._value("id");
  }

  get content(): string {
    return this._value("content");
  }

  set content(value: string) {
    this._write("content", value, (comment) => {
      comment.content = value;
    });
  }

  get authorName(): string {
    return this._value("authorName");
  }

  get resolved(): boolean {
    return this._value("resolved");
  }

  set resolved(value: boolean) {
    this._write("resolved", value, (comment) => {
      comment.resolved = value;
    });
  }

  protected _read(name: string, comment: CommentModel): unknown {
    return comment[name as keyof CommentModel];
  }

  delete(): void {
    this._action("delete", (comment) => {
      if (comment.refusesDeletion) throw new FakeOfficeError(ErrorCodes.generalException, "GeneralException");
      this.model.deleteComment(comment);
    });
  }

  getRange(): FakeRange {
    const ref = this._action("getRange", (comment) => this.model.commentRange(comment));
    return new FakeRange(this.context, ref.get);
  }
}

export class FakeCommentCollection extends FakeCollection<CommentModel, FakeComment> {
  protected readonly typeName = "CommentCollection";

  protected _item(comment: CommentModel): FakeComment {
    return new FakeComment(this.context, () => {
      if (!this.model.comments.includes(comment)) return null;
      return comment;
    });
  }

  getFirstOrNullObject(): FakeComment {
    return new FakeComment(this.context, this._at("getFirstOrNullObject", (all) => all[0], true));
  }
}
