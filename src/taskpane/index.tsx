import { createRoot } from "react-dom/client";
import { connectToWord } from "../word/bootstrap";
import { App } from "./App";

const container = document.getElementById("container");
if (!container) throw new Error('The task pane page has no element with id "container".');
createRoot(container).render(<App connection={connectToWord()} />);
