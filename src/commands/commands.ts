/** Entry point of the ribbon's function file: registers "Insert ROD template". */
import { registerRibbonCommands } from "../word/ribbon";

registerRibbonCommands();
