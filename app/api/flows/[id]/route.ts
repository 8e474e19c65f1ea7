// GET /api/flows/<id>?locale= : the same answer as /api/v1/flows/<id> (the path the flows feature announced).
export { GET, OPTIONS, POST, PUT, PATCH, DELETE } from "../../v1/flows/[id]/route";
